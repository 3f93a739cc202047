// OutpostLights — placeholder until its module lands.
