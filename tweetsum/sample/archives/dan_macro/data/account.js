window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "dan.macro@example.com",
      "createdVia" : "web",
      "username" : "dan_macro",
      "accountId" : "78293638",
      "createdAt" : "2009-11-23T17:57:58.769Z",
      "accountDisplayName" : "Dan Whitfield"
    }
  }
]