window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "noah.newsletter@example.com",
      "createdVia" : "web",
      "username" : "noah_newsletter",
      "accountId" : "578661088",
      "createdAt" : "2012-05-29T09:34:28.230Z",
      "accountDisplayName" : "Noah Bergstrom"
    }
  }
]