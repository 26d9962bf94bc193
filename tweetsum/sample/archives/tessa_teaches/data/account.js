window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "tessa.teaches@example.com",
      "createdVia" : "web",
      "username" : "tessa_teaches",
      "accountId" : "770478626438359407",
      "createdAt" : "2016-08-30T04:29:54.695Z",
      "accountDisplayName" : "Tessa Lindqvist"
    }
  }
]