window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "luca.latency@example.com",
      "createdVia" : "web",
      "username" : "luca_latency",
      "accountId" : "1125237271166667313",
      "createdAt" : "2019-05-06T03:14:06.882Z",
      "accountDisplayName" : "Luca Romano"
    }
  }
]