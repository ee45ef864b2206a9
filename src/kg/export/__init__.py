"""Writing the graph out: RDF (`rdf`, with `terms`, `iri`, `fields`, `statements`,
`writers`; `rdf_import` reads it back, `shacl` validates it, `ontology` generates the
schemas) and the interactive HTML view (`html`)."""
