"""Writing the graph out: RDF (`rdf`) and the interactive HTML view (`html`)."""
