ran_as_main = False
if __name__ == "__main__":
    ran_as_main = True
    print("guarded running as a script")
def whoami():
    return __name__
