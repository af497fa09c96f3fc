LEAF = "leaf inside a namespace subpackage"
