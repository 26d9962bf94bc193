window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "raj.infra@example.com",
      "createdVia" : "web",
      "username" : "raj_infra",
      "accountId" : "2316258596",
      "createdAt" : "2014-03-18T04:51:14.363Z",
      "accountDisplayName" : "Raj Iyer"
    }
  }
]