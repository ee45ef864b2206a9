"""Business news, a third battery: sentences and short articles of the kind a business desk writes (takeovers,
stakes, posts, regulators and courts, deals, loans, rivals, statements), each with the actor pairs an annotator
would list by the guide (subject first). A pair still missed is marked xfail with what is missed; most are
names the small model tags as places or people, or parses it reads astray."""

from __future__ import annotations

import pytest

from tests.helpers import relations_of


def _same(name: str, gold: str) -> bool:
    """The name kg gives and the annotator's fullest name, one inside the other ("Sainsbury" in "J Sainsbury")."""
    a, b = (n.lower().removeprefix("the ").replace("united kingdom ", "uk ") for n in (name, gold))
    return a in b or b in a


SENTENCES = [
    (
        "Unilever has agreed to buy the US skincare brand Dermalogica from Estee Lauder for $1.2bn.",
        [("Unilever", "Dermalogica"), ("Unilever", "Estee Lauder")],
    ),
    (
        "Kraft's \u00a311.5bn bid for Cadbury was rejected by the chocolate maker's board.",
        [("Kraft", "Cadbury")],
    ),
    (
        "Cadbury rejected an offer from Kraft, saying it undervalued the company.",
        [("Cadbury", "Kraft")],
    ),
    (
        "Shell is in talks to acquire BG Group in a deal worth about \u00a347bn.",
        [("Shell", "BG Group")],
    ),
    (
        "Vodafone completed its takeover of Mannesmann on Thursday.",
        [("Vodafone", "Mannesmann")],
    ),
    pytest.param(
        "Pfizer walked away from its pursuit of AstraZeneca after the British drugmaker rebuffed a final offer.",
        [("Pfizer", "AstraZeneca"), ("AstraZeneca", "Pfizer")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Pfizer -> AstraZeneca; AstraZeneca -> Pfizer"),
    ),
    (
        "Microsoft has made a $44.6bn unsolicited offer for Yahoo.",
        [("Microsoft", "Yahoo")],
    ),
    (
        "The deal would see Glencore merge with Xstrata to create a mining giant.",
        [("Glencore", "Xstrata")],
    ),
    (
        "InBev has launched a hostile bid for Anheuser-Busch, the maker of Budweiser.",
        [("InBev", "Anheuser-Busch")],
    ),
    pytest.param(
        "Morrisons was bought by the US private equity firm Clayton, Dubilier & Rice for \u00a37bn.",
        [("Clayton, Dubilier & Rice", "Morrisons")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Clayton, Dubilier & Rice -> Morrisons"),
    ),
    (
        "Tata Steel, which bought Corus in 2007, is considering selling its European operations.",
        [("Tata Steel", "Corus")],
    ),
    (
        "Deutsche Boerse and the London Stock Exchange have agreed the terms of a merger.",
        [("Deutsche Boerse", "London Stock Exchange")],
    ),
    (
        "Sainsbury's said it had held talks with Asda about a possible combination.",
        [("Sainsbury's", "Asda")],
    ),
    pytest.param(
        "Comcast outbid Disney for control of Sky with a \u00a330bn offer.",
        [("Comcast", "Disney"), ("Comcast", "Sky")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Comcast -> Sky"),
    ),
    (
        "Takeda's acquisition of Shire was approved by shareholders on Wednesday.",
        [("Takeda", "Shire")],
    ),
    (
        "Disney sold its stake in Hulu to Comcast last year.",
        [("Disney", "Hulu"), ("Disney", "Comcast")],
    ),
    (
        "Qatar Holding, which owns 20% of Sainsbury's, said it would not sell its shares.",
        [("Qatar Holding", "Sainsbury's")],
    ),
    (
        "Jaguar Land Rover, which is owned by India's Tata Motors, plans to cut 2,000 jobs.",
        [("Tata Motors", "Jaguar Land Rover")],
    ),
    (
        "Asda's parent company Walmart is reviewing the chain's future.",
        [("Walmart", "Asda")],
    ),
    (
        "Vauxhall, a unit of General Motors, will close its Luton plant.",
        [("Vauxhall", "General Motors")],
    ),
    pytest.param(
        "Geely, the Chinese owner of Volvo, has bought a stake in Daimler.",
        [("Geely", "Volvo"), ("Geely", "Daimler")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Geely -> Volvo; Geely -> Daimler"),
    ),
    (
        "Berkshire Hathaway has raised its stake in Apple to 5.4%.",
        [("Berkshire Hathaway", "Apple")],
    ),
    pytest.param(
        "The government still owns 62% of NatWest after the 2008 bailout.",
        [("UK Government", "NatWest")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: UK Government -> NatWest"),
    ),
    (
        "Instagram, owned by Facebook, now has more than a billion users.",
        [("Facebook", "Instagram")],
    ),
    (
        "BlackRock is the largest shareholder in HSBC.",
        [("BlackRock", "HSBC")],
    ),
    (
        "Mubadala holds a 10% stake in AMD.",
        [("Mubadala", "AMD")],
    ),
    (
        "Tesco chief executive Dave Lewis said the chain would cut prices.",
        [("Dave Lewis", "Tesco")],
    ),
    (
        "Stuart Gulliver, chief executive of HSBC, will step down next year.",
        [("Stuart Gulliver", "HSBC")],
    ),
    (
        "Former Barclays boss Bob Diamond has launched a new bank in Africa.",
        [("Bob Diamond", "Barclays")],
    ),
    (
        "Rolls-Royce appointed Warren East as its new chief executive.",
        [("Rolls-Royce", "Warren East"), ("Warren East", "Rolls-Royce")],
    ),
    (
        "Marks and Spencer has named Archie Norman as its next chairman.",
        [("Marks and Spencer", "Archie Norman"), ("Archie Norman", "Marks and Spencer")],
    ),
    (
        "Antonio Horta-Osorio, who runs Lloyds Banking Group, waived his bonus.",
        [("Antonio Horta-Osorio", "Lloyds Banking Group")],
    ),
    (
        "Jes Staley, the head of Barclays, was investigated by the Financial Conduct Authority.",
        [("Jes Staley", "Barclays"), ("Financial Conduct Authority", "Jes Staley")],
    ),
    (
        "BP's chief financial officer, Brian Gilvary, said oil prices would stay low.",
        [("Brian Gilvary", "BP")],
    ),
    (
        "Sir Philip Green, the owner of Arcadia, appeared before MPs.",
        [("Philip Green", "Arcadia")],
    ),
    (
        "Elon Musk, Tesla's founder, was sued by the Securities and Exchange Commission.",
        [("Elon Musk", "Tesla"), ("Securities and Exchange Commission", "Elon Musk")],
    ),
    (
        "Mark Carney, the governor of the Bank of England, warned banks about their lending.",
        [("Mark Carney", "Bank of England")],
    ),
    pytest.param(
        "Carolyn McCall left easyJet to become chief executive of ITV.",
        [("Carolyn McCall", "easyJet"), ("Carolyn McCall", "ITV")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Carolyn McCall -> easyJet"),
    ),
    (
        "Nissan ousted its chairman Carlos Ghosn after his arrest in Tokyo.",
        [("Nissan", "Carlos Ghosn"), ("Carlos Ghosn", "Nissan")],
    ),
    pytest.param(
        "Unite general secretary Len McCluskey criticised the company's plans.",
        [("Len McCluskey", "Unite")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Len McCluskey -> Unite"),
    ),
    pytest.param(
        "The Unite union said it would ballot members at Ford.",
        [("Unite", "Ford")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Unite -> Ford"),
    ),
    pytest.param(
        "British Airways was fined \u00a320m by the Information Commissioner's Office.",
        [("Information Commissioner's Office", "British Airways")],
        marks=pytest.mark.xfail(
            strict=True, reason="not read yet: Information Commissioner's Office -> British Airways"
        ),
    ),
    (
        "The Securities and Exchange Commission charged Goldman Sachs with fraud.",
        [("Securities and Exchange Commission", "Goldman Sachs")],
    ),
    (
        "Apple sued Samsung over the design of its smartphones.",
        [("Apple", "Samsung")],
    ),
    (
        "Volkswagen settled with US regulators over the emissions scandal.",
        [("Volkswagen", "US regulators")],
    ),
    (
        "The Competition and Markets Authority blocked the merger of Sainsbury's and Asda.",
        [("Competition and Markets Authority", "Sainsbury's"), ("Competition and Markets Authority", "Asda")],
    ),
    (
        "The European Commission ordered Ireland to recover \u20ac13bn in taxes from Apple.",
        [("European Commission", "Ireland"), ("Ireland", "Apple")],
    ),
    (
        "Google has been fined \u20ac2.4bn by the European Commission for abusing its dominance.",
        [("European Commission", "Google")],
    ),
    (
        "The Serious Fraud Office has opened an investigation into Rolls-Royce.",
        [("Serious Fraud Office", "Rolls-Royce")],
    ),
    (
        "Uber lost its appeal against Transport for London's decision.",
        [("Uber", "Transport for London")],
    ),
    pytest.param(
        "A US judge ruled that Johnson & Johnson must pay $572m to the state of Oklahoma.",
        [("Johnson & Johnson", "Oklahoma")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Johnson & Johnson -> Oklahoma"),
    ),
    (
        "Ofgem has ordered British Gas to pay \u00a39.5m to customers.",
        [("Ofgem", "British Gas")],
    ),
    pytest.param(
        "Facebook agreed to pay $5bn to settle the Federal Trade Commission's privacy investigation.",
        [("Federal Trade Commission", "Facebook")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Federal Trade Commission -> Facebook"),
    ),
    (
        "The Financial Conduct Authority banned former RBS trader Neil Danziger from the industry.",
        [("Financial Conduct Authority", "Neil Danziger"), ("Neil Danziger", "RBS")],
    ),
    (
        "BP signed a $20bn deal with Rosneft to explore the Arctic.",
        [("BP", "Rosneft")],
    ),
    (
        "Toyota and Panasonic have formed a joint venture to make electric car batteries.",
        [("Toyota", "Panasonic")],
    ),
    (
        "A joint venture between Sony and Ericsson made mobile phones for a decade.",
        [("Sony", "Ericsson")],
    ),
    pytest.param(
        "Rolls-Royce will supply engines for Airbus's new A330 jet.",
        [("Rolls-Royce", "Airbus")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Rolls-Royce -> Airbus"),
    ),
    pytest.param(
        "Boeing won an order for 50 planes from Emirates.",
        [("Emirates", "Boeing"), ("Boeing", "Emirates")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Boeing -> Emirates"),
    ),
    (
        "Nestle has teamed up with Starbucks to sell its coffee in supermarkets.",
        [("Nestle", "Starbucks")],
    ),
    (
        "Netflix struck a licensing deal with the BBC.",
        [("Netflix", "BBC")],
    ),
    (
        "EDF will build the Hinkley Point power station with China General Nuclear.",
        [("EDF", "China General Nuclear")],
    ),
    (
        "Apple has partnered with Goldman Sachs to launch a credit card.",
        [("Apple", "Goldman Sachs")],
    ),
    pytest.param(
        "The International Monetary Fund lent Greece \u20ac30bn in 2010.",
        [("International Monetary Fund", "Greece")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: International Monetary Fund -> Greece"),
    ),
    (
        "SoftBank invested $1bn in the delivery firm DoorDash.",
        [("SoftBank", "DoorDash")],
    ),
    pytest.param(
        "Deliveroo raised $575m from investors led by Amazon.",
        [("Amazon", "Deliveroo")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Amazon -> Deliveroo"),
    ),
    pytest.param(
        "Carillion owed HSBC and Santander hundreds of millions of pounds.",
        [("Carillion", "HSBC"), ("Carillion", "Santander")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Carillion -> HSBC; Carillion -> Santander"),
    ),
    (
        "The Treasury bailed out Royal Bank of Scotland in 2008.",
        [("Treasury", "Royal Bank of Scotland")],
    ),
    (
        "Sequoia Capital led the funding round for Monzo.",
        [("Sequoia Capital", "Monzo")],
    ),
    (
        "China has lent billions of dollars to Venezuela.",
        [("China", "Venezuela")],
    ),
    (
        "Samsung overtook Apple as the world's biggest smartphone maker.",
        [("Samsung", "Apple")],
    ),
    (
        "Lidl's rival Aldi said sales rose by 10%.",
        [("Aldi", "Lidl")],
    ),
    pytest.param(
        "Airbus delivered more planes than its US rival Boeing last year.",
        [("Airbus", "Boeing")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Airbus -> Boeing"),
    ),
    pytest.param(
        "Ryanair is competing with easyJet for passengers on the route.",
        [("Ryanair", "easyJet")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Ryanair -> easyJet"),
    ),
    pytest.param(
        "Amazon's growth has hurt traditional retailers such as Debenhams.",
        [("Amazon", "Debenhams")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Amazon -> Debenhams"),
    ),
    (
        "Ryanair boss Michael O'Leary told the BBC that fares would fall.",
        [("Michael O'Leary", "Ryanair"), ("Michael O'Leary", "BBC")],
    ),
    (
        "A spokesman for Tesco told Reuters that the company would appeal.",
        [("Tesco", "Reuters")],
    ),
    (
        "Mr Hammond said Carillion's directors had let down their workers.",
        [("Hammond", "Carillion")],
    ),
    (
        "The GMB union accused Amazon of running unsafe warehouses.",
        [("GMB", "Amazon")],
    ),
    (
        "Moody's downgraded Italy's credit rating, citing the government's budget plans.",
        [("Moody's", "Italy")],
    ),
    pytest.param(
        "Analysts at Citigroup said Tesla was overvalued.",
        [("Citigroup", "Tesla")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Citigroup -> Tesla"),
    ),
    (
        "The IMF warned the UK that Brexit would hit growth.",
        [("IMF", "United Kingdom")],
    ),
    (
        "Donald Trump criticised the Federal Reserve for raising interest rates.",
        [("Donald Trump", "Federal Reserve")],
    ),
    pytest.param(
        "The government sold its remaining stake in Lloyds Banking Group to private investors.",
        [("UK Government", "Lloyds Banking Group")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: UK Government -> Lloyds Banking Group"),
    ),
    (
        "The Treasury has agreed to sell its stake in Royal Mail.",
        [("Treasury", "Royal Mail")],
    ),
    pytest.param(
        "The French government nationalised the shipyard to stop Fincantieri taking control.",
        [("French government", "Fincantieri")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: French government -> Fincantieri"),
    ),
    (
        "Beijing has banned Micron from selling chips to Chinese firms.",
        [("China", "Micron")],
    ),
    (
        "The US Treasury imposed sanctions on Rusal, the aluminium giant controlled by Oleg Deripaska.",
        [("US Treasury", "Rusal"), ("Oleg Deripaska", "Rusal")],
    ),
    (
        "Washington has placed Huawei on a trade blacklist.",
        [("United States", "Huawei")],
    ),
    (
        "Germany's government took a 20% stake in Lufthansa as part of a \u20ac9bn rescue.",
        [("Germany", "Lufthansa")],
    ),
    pytest.param(
        "The government has nationalised the railway operator Northern.",
        [("UK Government", "Northern")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: UK Government -> Northern"),
    ),
    (
        "Cadbury agreed to a \u00a311.5bn takeover by Kraft.",
        [("Kraft", "Cadbury")],
    ),
    (
        "Cadbury has agreed to be bought by Kraft.",
        [("Kraft", "Cadbury")],
    ),
    (
        "Carolyn McCall left Tesco to become chief executive of ITV.",
        [("Carolyn McCall", "Tesco"), ("Carolyn McCall", "ITV")],
    ),
    (
        "A merger between Glencore and Xstrata would create a mining giant.",
        [("Glencore", "Xstrata")],
    ),
    (
        "Boeing won an order for 50 jets from Ryanair.",
        [("Ryanair", "Boeing")],
    ),
    (
        "HSBC is being investigated by the Financial Services Authority over its sales of insurance.",
        [("Financial Services Authority", "HSBC")],
    ),
    (
        "The Office of Fair Trading has referred the deal between Tesco and Booker to the Competition Commission.",
        [("Office of Fair Trading", "Competition Commission"), ("Tesco", "Booker")],
    ),
    (
        "Vodafone's chief executive Arun Sarin said the firm would expand in India.",
        [("Arun Sarin", "Vodafone")],
    ),
    (
        "Microsoft founder Bill Gates met the Chinese president Hu Jintao.",
        [("Bill Gates", "Microsoft"), ("Bill Gates", "Hu Jintao")],
    ),
    pytest.param(
        "Shares in Marks & Spencer rose after Philip Green said he was considering a bid for the retailer.",
        [("Philip Green", "Marks & Spencer")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Philip Green -> Marks & Spencer"),
    ),
    pytest.param(
        "Yukos has filed for bankruptcy in a US court in an attempt to halt the auction of its main unit by the Russian government.",
        [("Russian government", "Yukos")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Russian government -> Yukos"),
    ),
    pytest.param(
        "Gazprom will merge with Rosneft, the state-owned oil company, to create an energy giant.",
        [("Gazprom", "Rosneft")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Gazprom -> Rosneft"),
    ),
    pytest.param(
        "Deutsche Bank has been accused by the German regulator of market manipulation.",
        [("German regulator", "Deutsche Bank")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: German regulator -> Deutsche Bank"),
    ),
    pytest.param(
        "Eurotunnel's shareholders voted to oust the board led by chairman Richard Shirrefs.",
        [("Richard Shirrefs", "Eurotunnel")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Richard Shirrefs -> Eurotunnel"),
    ),
    (
        "Google agreed to pay Yahoo shares worth about $300m to settle a patent dispute.",
        [("Google", "Yahoo")],
    ),
    (
        "WorldCom's former chief executive Bernie Ebbers was convicted of fraud.",
        [("Bernie Ebbers", "WorldCom")],
    ),
    (
        "Lufthansa is to buy a stake in Swiss International Air Lines.",
        [("Lufthansa", "Swiss International Air Lines")],
    ),
    (
        "Malcolm Glazer has increased his stake in Manchester United to 28%.",
        [("Malcolm Glazer", "Manchester United")],
    ),
    pytest.param(
        "The European Union has threatened to take the United States to the World Trade Organisation over subsidies for Boeing.",
        [("European Union", "United States"), ("United States", "Boeing")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: United States -> Boeing"),
    ),
    pytest.param(
        "Airbus received loans from the French and German governments.",
        [("French government", "Airbus")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: French government -> Airbus"),
    ),
    (
        "Ford is cutting 3,000 jobs at Jaguar, its luxury car unit.",
        [("Jaguar", "Ford")],
    ),
    (
        "Jaguar, Ford's luxury car unit, is cutting 3,000 jobs.",
        [("Jaguar", "Ford")],
    ),
    (
        "Sony's US unit was sued by Universal Music.",
        [("Universal Music", "Sony")],
    ),
    (
        "The Japanese bank Mitsubishi Tokyo Financial Group plans to merge with UFJ Holdings.",
        [("Mitsubishi Tokyo Financial Group", "UFJ Holdings")],
    ),
    (
        "UFJ Holdings rejected a merger proposal from Sumitomo Mitsui.",
        [("UFJ Holdings", "Sumitomo Mitsui"), ("Sumitomo Mitsui", "UFJ Holdings")],
    ),
    (
        "Ebbers, who led WorldCom for more than a decade, denied the charges.",
        [("Ebbers", "WorldCom")],
    ),
    (
        "Rupert Murdoch's News Corporation has bought MySpace for $580m.",
        [("Rupert Murdoch", "News Corporation"), ("News Corporation", "MySpace")],
    ),
    (
        "The takeover of Manchester United by Malcolm Glazer angered fans.",
        [("Malcolm Glazer", "Manchester United")],
    ),
    (
        "Glazer's takeover of Manchester United was completed in May.",
        [("Glazer", "Manchester United")],
    ),
    pytest.param(
        "Ryanair and easyJet compete on many routes.",
        [("Ryanair", "easyJet")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Ryanair -> easyJet"),
    ),
    (
        "BA and Iberia have agreed to merge.",
        [("BA", "Iberia")],
    ),
    pytest.param(
        "Cisco Systems acquired the software maker WebEx for $3.2bn.",
        [("Cisco Systems", "WebEx")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Cisco Systems -> WebEx"),
    ),
    (
        "The software maker WebEx was acquired by Cisco Systems.",
        [("Cisco Systems", "WebEx")],
    ),
    (
        "BHP Billiton's chairman Don Argus rejected criticism from shareholders.",
        [("Don Argus", "BHP Billiton")],
    ),
    (
        "Barclays Capital analyst Ian Smith said Shell would cut spending.",
        [("Ian Smith", "Barclays Capital")],
    ),
    (
        "Sir Terry Leahy, Tesco's chief executive, said the chain would open stores in China.",
        [("Terry Leahy", "Tesco")],
    ),
    (
        "Renault owns 44% of Nissan, while Nissan owns 15% of Renault.",
        [("Renault", "Nissan"), ("Nissan", "Renault")],
    ),
    (
        "The US government has blocked the sale of Unocal to China's CNOOC.",
        [("United States", "Unocal"), ("CNOOC", "Unocal")],
    ),
    pytest.param(
        "Chevron beat CNOOC in the battle for Unocal.",
        [("Chevron", "CNOOC"), ("Chevron", "Unocal")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Chevron -> Unocal"),
    ),
    (
        "Shares in Yahoo rose after the firm said it had agreed a deal with Google.",
        [("Yahoo", "Google")],
    ),
    (
        "India's Tata Group has said it will buy the British tea firm Tetley.",
        [("Tata Group", "Tetley")],
    ),
    pytest.param(
        "Time Warner has agreed to pay $300m to settle charges brought by the Securities and Exchange Commission.",
        [("Securities and Exchange Commission", "Time Warner")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Securities and Exchange Commission -> Time Warner"),
    ),
    (
        "The Securities and Exchange Commission had accused Time Warner of inflating its advertising revenues.",
        [("Securities and Exchange Commission", "Time Warner")],
    ),
    (
        "Former Enron chief executive Jeffrey Skilling has pleaded not guilty to fraud charges.",
        [("Jeffrey Skilling", "Enron")],
    ),
    (
        "Parmalat has sued Bank of America for $10bn, accusing it of helping to hide the dairy firm's debts.",
        [("Parmalat", "Bank of America")],
    ),
    (
        "Italian prosecutors have charged Calisto Tanzi, Parmalat's founder, with fraud.",
        [("Calisto Tanzi", "Parmalat")],
    ),
    (
        "Russia's Gazprom has cut off gas supplies to Ukraine in a row over prices.",
        [("Gazprom", "Ukraine")],
    ),
    pytest.param(
        "The US has asked the World Trade Organisation to rule on European subsidies to Airbus.",
        [("United States", "World Trade Organisation")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: United States -> World Trade Organisation"),
    ),
    pytest.param(
        "Airbus has accused Boeing of receiving illegal subsidies from the US government.",
        [("Airbus", "Boeing"), ("US government", "Boeing")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: US government -> Boeing"),
    ),
    (
        "General Motors has agreed to pay Fiat $2bn to end their partnership.",
        [("General Motors", "Fiat")],
    ),
    (
        "Fiat had threatened to force GM to buy the rest of its car business.",
        [("Fiat", "GM")],
    ),
    (
        "Saab, which is owned by GM, will cut 500 jobs.",
        [("GM", "Saab")],
    ),
    (
        "Japan's Sony has named Welshman Sir Howard Stringer as its new chairman and chief executive.",
        [("Sony", "Howard Stringer"), ("Howard Stringer", "Sony")],
    ),
    (
        "Sir Howard will replace Nobuyuki Idei, who has run Sony since 1995.",
        [("Howard", "Nobuyuki Idei"), ("Nobuyuki Idei", "Sony")],
    ),
    pytest.param(
        "Mr Idei said Sir Howard was the right person to lead the company.",
        [("Idei", "Howard")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Idei -> Howard"),
    ),
    pytest.param(
        "The Chinese computer maker Lenovo has completed its purchase of IBM's personal computer business.",
        [("Lenovo", "IBM")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Lenovo -> IBM"),
    ),
    (
        "IBM will own 18.9% of Lenovo after the deal.",
        [("IBM", "Lenovo")],
    ),
    pytest.param(
        "Glazer's bid was opposed by fans and by the club's largest shareholders, Cubic Expression.",
        [("Cubic Expression", "Glazer")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Cubic Expression -> Glazer"),
    ),
    pytest.param(
        "Cubic Expression, owned by Irish businessmen John Magnier and JP McManus, sold its stake to Mr Glazer.",
        [("John Magnier", "Cubic Expression"), ("JP McManus", "Cubic Expression"), ("Cubic Expression", "Glazer")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: JP McManus -> Cubic Expression"),
    ),
    (
        "Deutsche Telekom has said it is in talks with France Telecom about a possible alliance.",
        [("Deutsche Telekom", "France Telecom")],
    ),
    pytest.param(
        "The Bank of England's Monetary Policy Committee voted to keep interest rates at 4.75%.",
        [("Monetary Policy Committee", "Bank of England")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Monetary Policy Committee -> Bank of England"),
    ),
    (
        "Mervyn King, the Bank's governor, said inflation would stay low.",
        [("Mervyn King", "Bank of England")],
    ),
    pytest.param(
        "EU finance ministers have agreed to relax the rules on budget deficits, after pressure from France and Germany.",
        [("France", "EU"), ("Germany", "EU")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: France -> EU; Germany -> EU"),
    ),
    (
        "The European Commission has launched legal action against France and Germany over their deficits.",
        [("European Commission", "France"), ("European Commission", "Germany")],
    ),
    pytest.param(
        "Argentina has reached a deal with the International Monetary Fund over its debts.",
        [("Argentina", "International Monetary Fund")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Argentina -> International Monetary Fund"),
    ),
    pytest.param(
        "China has agreed to let its currency rise against the dollar, after pressure from Washington.",
        [("United States", "China")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: United States -> China"),
    ),
    (
        "US Treasury Secretary John Snow urged Beijing to let the yuan float.",
        [("John Snow", "US Treasury"), ("John Snow", "China")],
    ),
    pytest.param(
        "Sir Terry Leahy said Tesco would not bid for Sainsbury's.",
        [("Tesco", "Sainsbury's"), ("Terry Leahy", "Tesco")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Terry Leahy -> Tesco"),
    ),
    (
        "Vodafone has been overtaken by China Mobile as the world's biggest mobile operator.",
        [("China Mobile", "Vodafone")],
    ),
    (
        "Lloyds TSB has ruled out a merger with Abbey.",
        [("Lloyds TSB", "Abbey")],
    ),
    (
        "Santander's \u00a38.5bn takeover of Abbey National has been approved by shareholders.",
        [("Santander", "Abbey National")],
    ),
    pytest.param(
        "The Spanish bank Santander completed its takeover of Abbey in November.",
        [("Santander", "Abbey")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Santander -> Abbey"),
    ),
    pytest.param(
        "Abbey's chief executive Luqman Arnold backed the offer from Santander.",
        [("Luqman Arnold", "Abbey"), ("Luqman Arnold", "Santander"), ("Santander", "Abbey")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Luqman Arnold -> Santander; Santander -> Abbey"),
    ),
    pytest.param(
        "HBOS had considered a counter-bid for Abbey but decided against it.",
        [("HBOS", "Abbey")],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: HBOS -> Abbey"),
    ),
]

ARTICLES = [
    pytest.param(
        "Severn Water agrees \u00a33bn takeover by Canadian fund\n\nSevern Water has agreed to be bought by the Canadian pension fund Ontario Teachers' for \u00a33bn.\n\nThe utility's board said it would recommend the offer to shareholders.\n\nOntario Teachers' already owns a 15% stake in the firm, which supplies 4 million homes.\n\nThe deal must be approved by the regulator Ofwat, which fined the company \u00a312m last year for leaks.\n\nSevern Water's chief executive, Liv Garfield, said the fund would invest in the network.\n\nThe GMB union said it would seek talks with the new owners about jobs.\n\nShares in the company rose 8% on the news.",
        [
            ("Ontario Teachers'", "Severn Water"),
            ("Severn Water", "Ontario Teachers'"),
            ("Ofwat", "Severn Water"),
            ("Liv Garfield", "Severn Water"),
            ("GMB", "Ontario Teachers'"),
        ],
        marks=pytest.mark.xfail(
            strict=True,
            reason="not read yet: Ofwat -> Severn Water; Liv Garfield -> Severn Water; GMB -> Ontario Teachers'",
        ),
    ),
    (
        "Barclays fined over loan sales\n\nBarclays has been fined \u00a350m by the Financial Conduct Authority for mis-selling loans to small businesses.\n\nThe regulator said the bank had failed to treat customers fairly between 2010 and 2015.\n\nBarclays chief executive CS Venkatakrishnan apologised to the firms affected.\n\nThe bank said it had set aside money to compensate customers.\n\nThe Federation of Small Businesses welcomed the fine but said Barclays should go further.\n\nMr Venkatakrishnan, who took over from Jes Staley in 2021, said the lender had changed its practices.",
        [
            ("Financial Conduct Authority", "Barclays"),
            ("CS Venkatakrishnan", "Barclays"),
            ("Federation of Small Businesses", "Barclays"),
            ("CS Venkatakrishnan", "Jes Staley"),
        ],
    ),
    pytest.param(
        "Rolls-Royce wins engine order from Emirates\n\nRolls-Royce has won a \u00a36bn order to supply engines to Emirates, the Dubai-based airline.\n\nThe engines will power 50 Airbus A350 jets that Emirates ordered in February.\n\nRolls-Royce boss Tufan Erginbilgic said the contract showed airlines trusted the company.\n\nThe firm's shares have tripled since he took charge in 2023.\n\nEmirates president Tim Clark said the airline had considered engines from General Electric.\n\nAnalysts at Jefferies said the deal would boost the group's profits.",
        [
            ("Rolls-Royce", "Emirates"),
            ("Emirates", "Airbus"),
            ("Tufan Erginbilgic", "Rolls-Royce"),
            ("Tim Clark", "Emirates"),
            ("Emirates", "General Electric"),
        ],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Emirates -> Airbus"),
    ),
    pytest.param(
        "Chinese carmaker buys stake in Aston Martin\n\nGeely has bought a 7.6% stake in Aston Martin from its largest shareholder, the Yew Tree consortium.\n\nYew Tree is led by the Canadian billionaire Lawrence Stroll, who is also the carmaker's executive chairman.\n\nMr Stroll said Geely's investment would help the firm develop electric cars.\n\nGeely, which also owns Volvo and Lotus, has been expanding in Europe.\n\nThe Chinese company already supplies engines to Lotus.\n\nThe British government said it would review the deal under national security laws.",
        [
            ("Geely", "Aston Martin"),
            ("Geely", "Yew Tree"),
            ("Lawrence Stroll", "Yew Tree"),
            ("Lawrence Stroll", "Aston Martin"),
            ("Geely", "Volvo"),
            ("Geely", "Lotus"),
            ("UK Government", "Geely"),
        ],
        marks=pytest.mark.xfail(
            strict=True,
            reason="not read yet: Geely -> Aston Martin; Geely -> Yew Tree; Lawrence Stroll -> Aston Martin; Geely -> Volvo; Geely -> Lotus; UK Government -> Geely",
        ),
    ),
    pytest.param(
        "Union threatens strikes at Royal Mail\n\nThe Communication Workers Union has threatened to strike at Royal Mail after the company announced 10,000 job cuts.\n\nThe union's general secretary, Dave Ward, accused the firm's management of betraying its workers.\n\nRoyal Mail chief executive Simon Thompson said the cuts were needed to keep the business alive.\n\nThe company was privatised by the coalition government in 2013.\n\nCzech billionaire Daniel Kretinsky, whose investment group owns 27% of Royal Mail's parent, said he supported the plan.\n\nOfcom, the postal regulator, said it would monitor the firm's performance.",
        [
            ("Communication Workers Union", "Royal Mail"),
            ("Dave Ward", "Communication Workers Union"),
            ("Dave Ward", "Royal Mail"),
            ("Simon Thompson", "Royal Mail"),
            ("UK Government", "Royal Mail"),
            ("Ofcom", "Royal Mail"),
        ],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: UK Government -> Royal Mail"),
    ),
    pytest.param(
        "Deutsche Boerse drops bid for LSE\n\nGerman stock exchange Deutsche Boerse has withdrawn its \u00a31.35bn offer for the London Stock Exchange after a revolt by its own shareholders.\n\nThe move follows weeks of pressure from investors led by the hedge fund TCI, which owns 8% of Deutsche Boerse.\n\nTCI had urged the German firm to return cash to shareholders rather than pursue the LSE.\n\nDeutsche Boerse chief executive Werner Seifert said the company had acted in the interests of its owners.\n\nEuronext, which runs the Paris and Amsterdam exchanges, is still considering a rival bid for the LSE.\n\nThe LSE's chief executive, Clara Furse, has rejected both approaches as too low.\n\nAnalysts said Euronext was now the favourite to buy the London exchange.",
        [
            ("Deutsche Boerse", "London Stock Exchange"),
            ("TCI", "Deutsche Boerse"),
            ("Werner Seifert", "Deutsche Boerse"),
            ("Euronext", "London Stock Exchange"),
            ("Clara Furse", "London Stock Exchange"),
            ("Clara Furse", "Deutsche Boerse"),
            ("Clara Furse", "Euronext"),
        ],
        marks=pytest.mark.xfail(
            strict=True, reason="not read yet: Clara Furse -> Deutsche Boerse; Clara Furse -> Euronext"
        ),
    ),
    pytest.param(
        "Yukos unit sold to Rosneft\n\nRussian state-owned oil firm Rosneft has bought the company that won last week's auction for Yuganskneftegaz, the main production unit of Yukos.\n\nRosneft said it had acquired Baikal Finance Group, a little-known firm that paid $9.3bn for the unit on Sunday.\n\nYukos has said it will sue anyone who buys its assets, and a US court has ordered the sale to be halted.\n\nThe Kremlin has denied that it was behind the auction.\n\nGazprom, which is planning to merge with Rosneft, had been expected to win the auction.\n\nYukos founder Mikhail Khodorkovsky is in jail awaiting trial on fraud and tax evasion charges.",
        [
            ("Rosneft", "Baikal Finance Group"),
            ("Baikal Finance Group", "Yuganskneftegaz"),
            ("Yuganskneftegaz", "Yukos"),
            ("Gazprom", "Rosneft"),
            ("Mikhail Khodorkovsky", "Yukos"),
        ],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Baikal Finance Group -> Yuganskneftegaz"),
    ),
    pytest.param(
        "Ford cuts jobs at Jaguar\n\nFord is to cut 1,150 jobs at its Jaguar luxury car unit in the UK and end production at the firm's Coventry plant.\n\nThe US carmaker said the move was part of a plan to return Jaguar to profit.\n\nJaguar chairman Joe Greenwell said the decision was painful but necessary.\n\nThe Amicus union, which represents most of the workers, said it would fight the plan and accused Ford of betraying the workforce.\n\nAmicus general secretary Derek Simpson called on the government to intervene.\n\nTrade and Industry Secretary Patricia Hewitt said she would meet Ford executives next week.",
        [
            ("Jaguar", "Ford"),
            ("Ford", "Jaguar"),
            ("Joe Greenwell", "Jaguar"),
            ("Amicus", "Ford"),
            ("Derek Simpson", "Amicus"),
            ("Derek Simpson", "UK Government"),
            ("Patricia Hewitt", "Ford"),
        ],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Ford -> Jaguar"),
    ),
    pytest.param(
        "Sainsbury's rejects CVC approach\n\nJ Sainsbury has rejected a takeover approach from the private equity firm CVC Capital Partners, saying it undervalued the supermarket.\n\nCVC, which is working with Texas Pacific Group and Kohlberg Kravis Roberts, had offered 562p a share.\n\nThe Sainsbury family, which owns about 18% of the company, said it would not sell at that price.\n\nSainsbury's chief executive Justin King said the chain's recovery plan was working.\n\nShares in the firm rose 5% after news of the approach was reported by the Sunday Times.\n\nThe Qatari investment fund Delta Two later bought a 25% stake in Sainsbury's.",
        [
            ("J Sainsbury", "CVC Capital Partners"),
            ("CVC Capital Partners", "J Sainsbury"),
            ("CVC Capital Partners", "Texas Pacific Group"),
            ("CVC Capital Partners", "Kohlberg Kravis Roberts"),
            ("Sainsbury family", "J Sainsbury"),
            ("Justin King", "J Sainsbury"),
            ("Delta Two", "J Sainsbury"),
        ],
        marks=pytest.mark.xfail(strict=True, reason="not read yet: Sainsbury family -> J Sainsbury"),
    ),
]


@pytest.mark.parametrize(("text", "pairs"), SENTENCES)
def test_a_business_sentence_states_its_pairs(text: str, pairs: list[tuple[str, str]]) -> None:
    found = [(r.subject.name, r.object.name) for r in relations_of(text)]
    missing = [(s, o) for s, o in pairs if not any(_same(a, s) and _same(b, o) for a, b in found)]
    assert not missing, f"missing {missing}; found {found}"


@pytest.mark.parametrize(("text", "pairs"), ARTICLES)
def test_a_business_article_states_its_pairs(text: str, pairs: list[tuple[str, str]]) -> None:
    found = [(r.subject.name, r.object.name) for r in relations_of(text)]
    missing = [(s, o) for s, o in pairs if not any(_same(a, s) and _same(b, o) for a, b in found)]
    assert not missing, f"missing {missing}; found {found}"
