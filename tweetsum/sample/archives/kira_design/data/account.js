window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "kira.design@example.com",
      "createdVia" : "web",
      "username" : "kira_design",
      "accountId" : "936657051580322867",
      "createdAt" : "2017-12-01T18:03:38.784Z",
      "accountDisplayName" : "Kira Novak"
    }
  }
]