// OutpostStore
