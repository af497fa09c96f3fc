INIT_VALUE = "package init ran"
