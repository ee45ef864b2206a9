"""Views of the graph for people and their tools: the interactive graph view (graph.html) and the
report (report.html), each one offline file coloured by entity type as kg.grass colours Neo4j
Browser, and the graph as GraphML / GEXF for Gephi and Cytoscape (`network`)."""
