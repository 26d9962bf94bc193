window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sofia.sre@example.com",
      "createdVia" : "web",
      "username" : "sofia_sre",
      "accountId" : "2958213409",
      "createdAt" : "2015-02-17T02:59:15.171Z",
      "accountDisplayName" : "Sofia Alvarez"
    }
  }
]