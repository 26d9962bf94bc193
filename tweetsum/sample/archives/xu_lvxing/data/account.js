window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "xu.lvxing@example.com",
      "createdVia" : "web",
      "username" : "xu_lvxing",
      "accountId" : "2902118571",
      "createdAt" : "2015-04-04T19:17:50.629Z",
      "accountDisplayName" : "徐旅行"
    }
  }
]