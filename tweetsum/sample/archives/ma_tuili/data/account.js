window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ma.tuili@example.com",
      "createdVia" : "web",
      "username" : "ma_tuili",
      "accountId" : "1239228081372897874",
      "createdAt" : "2020-03-15T16:32:53.157Z",
      "accountDisplayName" : "马推理"
    }
  }
]