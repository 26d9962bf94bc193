window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "zhao.kaiyuan@example.com",
      "createdVia" : "web",
      "username" : "zhao_kaiyuan",
      "accountId" : "1118776113627026642",
      "createdAt" : "2019-04-18T07:19:46.637Z",
      "accountDisplayName" : "赵开源"
    }
  }
]