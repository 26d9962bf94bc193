window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "feng.meishi@example.com",
      "createdVia" : "web",
      "username" : "feng_meishi",
      "accountId" : "2342923940",
      "createdAt" : "2014-05-20T16:12:21.026Z",
      "accountDisplayName" : "冯美食"
    }
  }
]