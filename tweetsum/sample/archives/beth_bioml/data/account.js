window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "beth.bioml@example.com",
      "createdVia" : "web",
      "username" : "beth_bioml",
      "accountId" : "800093118004988133",
      "createdAt" : "2016-11-19T21:47:19.122Z",
      "accountDisplayName" : "Beth Sandoval"
    }
  }
]