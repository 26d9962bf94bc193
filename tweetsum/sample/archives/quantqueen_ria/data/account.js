window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "quantqueen.ria@example.com",
      "createdVia" : "web",
      "username" : "quantqueen_ria",
      "accountId" : "507868988",
      "createdAt" : "2012-09-20T21:26:07.003Z",
      "accountDisplayName" : "Ria Malhotra"
    }
  }
]