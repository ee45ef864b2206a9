// One node per article; properties are replaced by the latest load.
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title, a.url = row.url, a.published = row.published, a.source = row.source
