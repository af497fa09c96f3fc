registry = []
class Shape:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        registry.append(cls.__name__)
    def describe(self):
        return "%s with area %.2f (module %s)" % (type(self).__name__, self.area(), type(self).__module__)
