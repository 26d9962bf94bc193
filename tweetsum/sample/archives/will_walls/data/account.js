window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "will.walls@example.com",
      "createdVia" : "web",
      "username" : "will_walls",
      "accountId" : "216037426",
      "createdAt" : "2010-06-30T08:49:52.946Z",
      "accountDisplayName" : "Will Harrington"
    }
  }
]