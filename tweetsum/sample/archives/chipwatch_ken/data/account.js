window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "chipwatch.ken@example.com",
      "createdVia" : "web",
      "username" : "chipwatch_ken",
      "accountId" : "1160601277",
      "createdAt" : "2013-07-22T23:53:54.366Z",
      "accountDisplayName" : "Ken Tanaka"
    }
  }
]