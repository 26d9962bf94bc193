window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "hannah.health@example.com",
      "createdVia" : "web",
      "username" : "hannah_health",
      "accountId" : "720006532169625128",
      "createdAt" : "2016-04-12T21:51:49.635Z",
      "accountDisplayName" : "Dr. Hannah Cole"
    }
  }
]