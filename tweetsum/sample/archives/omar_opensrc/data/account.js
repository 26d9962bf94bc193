window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "omar.opensrc@example.com",
      "createdVia" : "web",
      "username" : "omar_opensrc",
      "accountId" : "2368666868",
      "createdAt" : "2014-08-08T23:55:13.856Z",
      "accountDisplayName" : "Omar Farouk"
    }
  }
]