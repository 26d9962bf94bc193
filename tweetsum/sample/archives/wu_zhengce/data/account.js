window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "wu.zhengce@example.com",
      "createdVia" : "web",
      "username" : "wu_zhengce",
      "accountId" : "836379430221267343",
      "createdAt" : "2017-02-28T00:56:10.485Z",
      "accountDisplayName" : "吴政策观察"
    }
  }
]