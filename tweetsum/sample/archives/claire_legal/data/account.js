window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "claire.legal@example.com",
      "createdVia" : "web",
      "username" : "claire_legal",
      "accountId" : "2901582853",
      "createdAt" : "2015-09-01T06:52:00.267Z",
      "accountDisplayName" : "Claire Dubois"
    }
  }
]