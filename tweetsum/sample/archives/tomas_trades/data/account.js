window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "tomas.trades@example.com",
      "createdVia" : "web",
      "username" : "tomas_trades",
      "accountId" : "300986960",
      "createdAt" : "2011-12-05T10:09:59.959Z",
      "accountDisplayName" : "Tomás Ortega"
    }
  }
]