window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "guo.shipin@example.com",
      "createdVia" : "web",
      "username" : "guo_shipin",
      "accountId" : "1443826096274115917",
      "createdAt" : "2021-10-01T06:32:21.572Z",
      "accountDisplayName" : "郭视频 AIGC"
    }
  }
]