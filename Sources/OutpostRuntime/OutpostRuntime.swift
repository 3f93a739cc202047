// OutpostRuntime
