// OutpostRedaction — placeholder until its module lands.
