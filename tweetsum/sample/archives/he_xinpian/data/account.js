window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "he.xinpian@example.com",
      "createdVia" : "web",
      "username" : "he_xinpian",
      "accountId" : "2977421599",
      "createdAt" : "2015-12-24T23:23:04.687Z",
      "accountDisplayName" : "何芯片"
    }
  }
]