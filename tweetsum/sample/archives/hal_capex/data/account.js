window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hal.capex@example.com",
      "createdVia" : "web",
      "username" : "hal_capex",
      "accountId" : "349320503",
      "createdAt" : "2011-04-08T01:43:49.996Z",
      "accountDisplayName" : "Hal Brennan"
    }
  }
]