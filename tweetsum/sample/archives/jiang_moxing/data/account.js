window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "jiang.moxing@example.com",
      "createdVia" : "web",
      "username" : "jiang_moxing",
      "accountId" : "1326408174797710426",
      "createdAt" : "2020-11-11T06:15:27.969Z",
      "accountDisplayName" : "江模型"
    }
  }
]