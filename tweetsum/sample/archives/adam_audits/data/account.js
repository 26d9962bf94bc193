window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "adam.audits@example.com",
      "createdVia" : "web",
      "username" : "adam_audits",
      "accountId" : "973675701861608843",
      "createdAt" : "2018-03-13T21:42:32.266Z",
      "accountDisplayName" : "Adam Kowalski"
    }
  }
]