window.__THAR_CONFIG = {
  "userInfo" : {
    "accountId" : "906425380764269504",
    "userName" : "deng_yunwei",
    "displayName" : "邓运维"
  },
  "archiveInfo" : {
    "sizeBytes" : "11121",
    "generationDate" : "2026-01-23T00:00:00.000Z",
    "isPartialArchive" : false,
    "maxPartSizeBytes" : "53687091200"
  },
  "dataTypes" : {
    "account" : {
      "files" : [
        {
          "fileName" : "data/account.js",
          "globalName" : "YTD.account.part0",
          "count" : "1"
        }
      ]
    },
    "tweets" : {
      "files" : [
        {
          "fileName" : "data/tweets.js",
          "globalName" : "YTD.tweets.part0",
          "count" : "7"
        }
      ]
    },
    "noteTweet" : {
      "files" : []
    }
  }
}