window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "yang.chuangye@example.com",
      "createdVia" : "web",
      "username" : "yang_chuangye",
      "accountId" : "1027113303277344100",
      "createdAt" : "2018-08-08T08:44:29.105Z",
      "accountDisplayName" : "杨创业"
    }
  }
]