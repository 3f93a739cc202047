// OutpostTesting
