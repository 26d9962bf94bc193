window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "chen.suanli@example.com",
      "createdVia" : "web",
      "username" : "chen_suanli",
      "accountId" : "1072647439252812313",
      "createdAt" : "2018-12-12T00:20:53.228Z",
      "accountDisplayName" : "陈算力"
    }
  }
]