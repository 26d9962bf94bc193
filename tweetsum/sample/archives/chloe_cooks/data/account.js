window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "chloe.cooks@example.com",
      "createdVia" : "web",
      "username" : "chloe_cooks",
      "accountId" : "1153204583",
      "createdAt" : "2013-03-03T10:39:21.464Z",
      "accountDisplayName" : "Chloe Martin"
    }
  }
]