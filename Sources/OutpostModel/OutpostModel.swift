// OutpostModel — placeholder until its module lands.
