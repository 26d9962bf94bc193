window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "liu.touzi@example.com",
      "createdVia" : "web",
      "username" : "liu_touzi",
      "accountId" : "2364290399",
      "createdAt" : "2014-11-11T06:22:31.962Z",
      "accountDisplayName" : "刘投资笔记"
    }
  }
]