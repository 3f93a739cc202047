print("outpost-hq")
