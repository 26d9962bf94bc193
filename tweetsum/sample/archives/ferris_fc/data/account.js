window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ferris.fc@example.com",
      "createdVia" : "web",
      "username" : "ferris_fc",
      "accountId" : "531744176",
      "createdAt" : "2012-08-16T07:53:08.284Z",
      "accountDisplayName" : "Ferris Doyle"
    }
  }
]