window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "felix.fp8@example.com",
      "createdVia" : "web",
      "username" : "felix_fp8",
      "accountId" : "1222711923048234355",
      "createdAt" : "2020-01-30T02:43:34.522Z",
      "accountDisplayName" : "Felix Wagner"
    }
  }
]