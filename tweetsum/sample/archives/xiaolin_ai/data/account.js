window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "xiaolin.ai@example.com",
      "createdVia" : "web",
      "username" : "xiaolin_ai",
      "accountId" : "860090787035536369",
      "createdAt" : "2017-05-04T11:16:38.217Z",
      "accountDisplayName" : "林晓 | AI产品"
    }
  }
]