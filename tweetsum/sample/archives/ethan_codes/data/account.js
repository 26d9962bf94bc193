window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "ethan.codes@example.com",
      "createdVia" : "web",
      "username" : "ethan_codes",
      "accountId" : "950805579823967439",
      "createdAt" : "2018-01-09T19:04:50.555Z",
      "accountDisplayName" : "Ethan Moore"
    }
  }
]