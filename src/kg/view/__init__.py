"""Pages for people: the interactive graph view (graph.html) and the report (report.html),
each one offline file, coloured by entity type as kg.grass colours Neo4j Browser."""
