// OutpostSync — placeholder until its module lands.
