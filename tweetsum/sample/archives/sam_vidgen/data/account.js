window.YTD.account.part0 = [
  {
    "account" : {
      "email" : "sam.vidgen@example.com",
      "createdVia" : "web",
      "username" : "sam_vidgen",
      "accountId" : "1280328456337291137",
      "createdAt" : "2020-07-07T02:31:06.941Z",
      "accountDisplayName" : "Sam Whitaker"
    }
  }
]